// Generates a synthetic news corpus from sentence templates written for this benchmark:
// varied lengths, quotes, dates, many actors. Deterministic for a given seed.
const ACTORS = [
  ["President Donald Trump", "Trump", "the United States", "Washington"],
  ["Chinese President Xi Jinping", "Xi", "China", "Beijing"],
  ["Russian President Vladimir Putin", "Putin", "Russia", "Moscow"],
  ["Ukrainian President Volodymyr Zelenskyy", "Zelenskyy", "Ukraine", "Kyiv"],
  ["French President Emmanuel Macron", "Macron", "France", "Paris"],
  ["German Chancellor Friedrich Merz", "Merz", "Germany", "Berlin"],
  ["Japanese Prime Minister Shigeru Ishiba", "Ishiba", "Japan", "Tokyo"],
  ["Indian Prime Minister Narendra Modi", "Modi", "India", "New Delhi"],
  ["Israeli Prime Minister Benjamin Netanyahu", "Netanyahu", "Israel", "Jerusalem"],
  ["Iranian Foreign Minister Abbas Araghchi", "Araghchi", "Iran", "Tehran"],
  ["Brazilian President Luiz Inacio Lula da Silva", "Lula", "Brazil", "Brasilia"],
  ["Turkish President Recep Tayyip Erdogan", "Erdogan", "Turkey", "Ankara"],
  ["South Korean Foreign Minister Cho Tae-yul", "Cho", "South Korea", "Seoul"],
  ["NATO Secretary General Mark Rutte", "Rutte", "NATO", "Brussels"],
  ["UN Secretary-General Antonio Guterres", "Guterres", "the United Nations", "New York"],
  ["British Prime Minister Keir Starmer", "Starmer", "Britain", "London"],
  ["Italian Prime Minister Giorgia Meloni", "Meloni", "Italy", "Rome"],
  ["Canadian Prime Minister Mark Carney", "Carney", "Canada", "Ottawa"],
  ["Mexican President Claudia Sheinbaum", "Sheinbaum", "Mexico", "Mexico City"],
  ["Saudi Foreign Minister Prince Faisal bin Farhan", "Faisal", "Saudi Arabia", "Riyadh"],
  ["Egyptian President Abdel Fattah el-Sisi", "Sisi", "Egypt", "Cairo"],
  ["South African President Cyril Ramaphosa", "Ramaphosa", "South Africa", "Pretoria"],
  ["Nigerian President Bola Tinubu", "Tinubu", "Nigeria", "Abuja"],
  ["Kenyan President William Ruto", "Ruto", "Kenya", "Nairobi"],
  ["Indonesian President Prabowo Subianto", "Prabowo", "Indonesia", "Jakarta"],
  ["Pakistani Prime Minister Shehbaz Sharif", "Sharif", "Pakistan", "Islamabad"],
  ["Philippine President Ferdinand Marcos Jr.", "Marcos", "the Philippines", "Manila"],
  ["Vietnamese Prime Minister Pham Minh Chinh", "Chinh", "Vietnam", "Hanoi"],
  ["Australian Prime Minister Anthony Albanese", "Albanese", "Australia", "Canberra"],
  ["Polish Prime Minister Donald Tusk", "Tusk", "Poland", "Warsaw"],
  ["Hungarian Prime Minister Viktor Orban", "Orban", "Hungary", "Budapest"],
  ["Argentine President Javier Milei", "Milei", "Argentina", "Buenos Aires"],
  ["Colombian President Gustavo Petro", "Petro", "Colombia", "Bogota"],
  ["Venezuelan President Nicolas Maduro", "Maduro", "Venezuela", "Caracas"],
  ["Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani", "Sheikh Mohammed", "Qatar", "Doha"],
  ["Ethiopian Prime Minister Abiy Ahmed", "Abiy", "Ethiopia", "Addis Ababa"],
  ["EU foreign policy chief Kaja Kallas", "Kallas", "the European Union", "Brussels"],
  ["IAEA Director General Rafael Grossi", "Grossi", "the International Atomic Energy Agency", "Vienna"],
  ["Hamas political bureau member Basem Naim", "Naim", "Hamas", "Gaza"],
  ["Taliban spokesman Zabihullah Mujahid", "Mujahid", "the Taliban", "Kabul"],
];
const DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "on March 3", "in January", "earlier this month", "yesterday"];
const TEMPLATES = [
  (a, b, d) => `${a[0]} met ${b[0]} ${d} in ${b[3]} to discuss trade and security, officials said.`,
  (a, b, d) => `${a[1]} accused ${b[2]} of violating the ceasefire agreement ${d}.`,
  (a, b, d) => `${a[2]} imposed new sanctions on ${b[2]} ${d}, targeting banks and energy exporters.`,
  (a, b, d) => `"We will not accept any threat to our sovereignty," ${a[1]} told reporters ${d}.`,
  (a, b, d) => `${a[1]} warned ${b[1]} against deploying troops near the border, according to a statement published ${d}.`,
  (a, b, d) => `The two leaders spoke by phone ${d} and agreed to resume talks on a 90-day truce.`,
  (a, b, d) => `${b[2]} rejected the proposal and threatened countermeasures if the tariffs took effect.`,
  (a, b, d) => `${a[2]} pledged $2 billion in humanitarian aid to ${b[2]} ${d}, the foreign ministry said.`,
  (a, b, d) => `Protesters gathered outside the embassy of ${b[2]} in ${a[3]} ${d}, demanding the release of detained journalists.`,
  (a, b, d) => `"This is a very positive step for both our countries," ${a[1]} said after the meeting.`,
  (a, b, d) => `${a[1]} has repeatedly called on ${b[2]} to withdraw its forces, but ${b[3]} has so far refused.`,
  (a, b, d) => `Markets rose ${d} after ${a[2]} and ${b[2]} announced a framework deal on rare earth exports.`,
  (a, b, d) => `An earthquake of magnitude 6.1 struck near ${b[3]} ${d}, killing at least 12 people, local authorities said.`,
  (a, b, d) => `${a[0]} is expected to visit ${b[3]} next month for a summit on climate finance.`,
  (a, b, d) => `${a[2]} expelled two diplomats from ${b[2]} ${d}, accusing them of spying, the interior ministry said in a statement.`,
  (a, b, d) => `Officials in ${b[3]} denied the report, saying no such agreement had been signed with ${a[2]}.`,
  (a, b, d) => `${a[1]}, speaking at a news conference in ${a[3]}, urged ${b[2]} to return to negotiations "without preconditions."`,
  (a, b, d) => `Police in ${a[3]} arrested 34 people ${d} after clashes near parliament, a spokesman for the city said.`,
  (a, b, d) => `${b[1]} said ${d} that ${b[2]} would consider sending peacekeepers if a ceasefire held for 30 days.`,
  (a, b, d) => `The talks between ${a[2]} and ${b[2]} collapsed ${d} after negotiators failed to agree on the sequencing of prisoner releases.`,
  (a, b, d) => `According to two people familiar with the matter, ${a[2]} has quietly offered ${b[2]} a loan of $500 million.`,
  (a, b, d) => `${a[1]} praised ${b[1]} for what he called "courageous leadership" during the crisis.`,
  (a, b, d) => `Flooding across the north of ${b[2]} has displaced more than 40,000 people since ${d.replace(/^(on|in) /, "")}, the Red Cross said.`,
  (a, b, d) => `${a[2]} and ${b[2]} signed a memorandum on energy cooperation ${d} in ${a[3]}, covering liquefied natural gas and grid links.`,
];

// Half the documents are set as much real copy is: curly quotation marks and accented names
// (two-byte strings, which take other paths in the engines than plain ASCII).
const ACCENTED = [
  ["Luiz Inacio", "Luiz Inácio"],
  ["Erdogan", "Erdoğan"],
  ["Nicolas Maduro", "Nicolás Maduro"],
  ["Antonio Guterres", "António Guterres"],
  ["Bogota", "Bogotá"],
  ["Brasilia", "Brasília"],
  ["Orban", "Orbán"],
];
function typeset(text) {
  let t = text.replace(/"([^"\n]*)"/g, "\u201c$1\u201d");
  for (const [plain, accented] of ACCENTED) t = t.split(plain).join(accented);
  return t;
}

export function* corpus(n, seed = 7) {
  let s = seed >>> 0;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  for (let i = 0; i < n; i++) {
    const paras = 3 + Math.floor(rnd() * rnd() * 40);
    const lines = [];
    for (let p = 0; p < paras; p++) {
      const a = pick(ACTORS);
      let b = pick(ACTORS);
      if (b === a) b = ACTORS[(ACTORS.indexOf(a) + 1) % ACTORS.length];
      const k = 1 + Math.floor(rnd() * 3);
      lines.push(Array.from({ length: k }, () => pick(TEMPLATES)(a, b, pick(DAYS))).join(" "));
    }
    if (rnd() < 0.5) lines.splice(Math.min(2, lines.length), 0, "Photo: Reuters");
    if (rnd() < 0.5) lines.push("Additional reporting by Jane Doe");
    const text = lines.join("\n") + "\n";
    yield i % 2 === 1 ? typeset(text) : text;
  }
}
