/** The pages other features show or hand messages to: not found, no access, the start page and its flash messages. */
export { FLASH_MESSAGES, flashFrom, readFlash, type FlashMessage } from './flash';
export { HomePage } from './HomePage';
export { NoAccessPage } from './NoAccessPage';
export { NotFoundPage } from './NotFoundPage';
