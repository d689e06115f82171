import type { IDisplayOptions } from 'n8n-workflow';

/**
 * Node version 1.1 changed these forms (see the CHANGELOG): WhatsApp Template → Create takes one
 * example field per body variable and a language list, and the WhatsApp interactive carousel takes
 * one media type for all cards. The older fields stay for nodes
 * of version 1: n8n drops every saved value whose field is not displayed when it loads a
 * workflow, so hiding or renaming them would silently lose what older workflows saved.
 */
export const FORM_FOLLOWS_TEXT_VERSION = 1.1;

type Show = NonNullable<IDisplayOptions['show']>;

/** Shown on nodes of version 1 only (the fields older workflows saved). */
export const VERSION_1_ONLY: Show = { '@version': [1] };

/** Shown from version 1.1 on. */
export const FROM_VERSION_1_1: Show = { '@version': [{ _cnd: { gte: FORM_FOLLOWS_TEXT_VERSION } }] };
