export { apiRequest } from './request';
export { apiRequestAllItems } from './pagination';
export type { PagingOptions } from './pagination';
export type { IncsApiGroup, IncsContext, IncsHttpMethod, IncsRequest, TransportOptions } from './types';
