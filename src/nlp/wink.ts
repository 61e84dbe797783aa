// One wink-nlp instance for the process: loading the model is the costly part of start-up.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

export function wink(): Wink {
  instance ??= winkNLP(model, ["sbd", "pos"]);
  return instance;
}
