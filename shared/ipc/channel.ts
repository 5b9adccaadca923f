import type { z } from 'zod';

/** One IPC channel: its name (`domain:verb`) and the zod schemas of what goes in and out. */
export interface Channel<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly channel: string;
  readonly input: I;
  readonly output: O;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(
  name: `${string}:${string}`,
  input: I,
  output: O,
): Channel<I, O> {
  return { channel: name, input, output };
}

export type ChannelInput<C extends Channel> = z.input<C['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<C['input']>;
export type ChannelOutput<C extends Channel> = z.output<C['output']>;
