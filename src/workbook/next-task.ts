/** Resolves in a task of its own, so the page can paint (and take a Cancel click) before the work goes on. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
