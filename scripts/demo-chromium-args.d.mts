export function demoChromiumArgs(options: { profile: string; extension: string; url: string; isRoot: boolean }): string[];
