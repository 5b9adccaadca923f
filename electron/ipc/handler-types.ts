import type { Channel, ChannelOutput, ChannelParsedInput } from '../../shared/ipc/channel';
import type { Contract, Domain } from '../../shared/ipc/contract';

export type Handler<C extends Channel> = (input: ChannelParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type DomainHandlers<D extends Domain> = {
  [V in keyof Contract[D]]: Contract[D][V] extends Channel ? Handler<Contract[D][V]> : never;
};

export type Handlers = { [D in Domain]: DomainHandlers<D> };
