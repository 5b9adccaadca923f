import { z } from 'zod';

export const Id = z.uuid({ message: 'Ogiltigt id.' });
export type Id = z.infer<typeof Id>;

export const Timestamp = z.iso.datetime({ offset: true, message: 'Ogiltig tidpunkt.' });
