import type { AnyParams, MessageKey } from '../../../shared/messages/catalogue';
import { i18n } from '../i18n';

/** The one place a message from the main side (an error envelope, a problem, a result) becomes text, in the chosen language. */
export function messageText({ key, params }: { key: MessageKey; params: AnyParams }): string {
  return i18n.t(`messages.${key}`, params);
}
