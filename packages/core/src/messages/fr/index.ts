/** The French of the server's messages, by where they are raised (see `../translate.ts`). */
import type { MessageCatalogue } from '../translate';
import { apiRouterMessages } from './api-routers';
import { apiServiceMessages } from './api-services';
import { coreMessages } from './core';
import { serverMessages } from './server';
import { valueMessages } from './values';

export const frenchMessages: MessageCatalogue = {
  ...coreMessages,
  ...apiRouterMessages,
  ...apiServiceMessages,
  ...serverMessages,
  ...valueMessages,
};
