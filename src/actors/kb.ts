// Placeholder until the actors stage lands.
export interface ActorKB { size: number }
export function loadActorKB(_extraFiles: string[] = []): ActorKB {
  return { size: 0 };
}
