// Turns in later tasks, first come first served, one per task: the widgets that upgrade together (a
// page's tags, when their code arrives) fill in over short tasks, with the page's input and painting
// free to run between them, instead of in one long task. One render per turn, not a time budget: a
// render cannot be split, and the longest (a tier badge's first content render, with its history:
// 7-11 ms in Lighthouse's trace on this project's test machine, 4x that under its mobile profile)
// must not share its task with another.

const turns: Array<() => void> = [];
/** One channel for every turn: each message to ourselves is a task of its own, which no timer clamps or throttles. */
let channel: MessageChannel | undefined;

/** Resolves in a task of its own, after the turns asked for before it. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    turns.push(resolve);
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => turns.shift()!();
    }
    channel.port2.postMessage(0);
  });
}
