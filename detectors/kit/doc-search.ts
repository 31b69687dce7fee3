// Keys a web page publishes to every visitor by design. Algolia's DocSearch (Docusaurus `themeConfig.algolia`,
// VitePress `search: { provider: 'algolia' }`, `docsearch({ appId, apiKey, indexName })`) runs in the reader's
// browser with a search-only key that Algolia issues to be published; an admin or write key is still reported
// wherever it stands. Chatwoot's embed snippet carries the website inbox's token the same way.
import { lineStartNear } from './name-value.js';

/**
 * Words that place a key in a documentation site's search widget: the widget's name, the theme
 * configuration that holds it, and options only Docusaurus's DocSearch block takes (its `themeConfig`
 * opens far above the block, after the navbar and footer).
 */
const DOC_SEARCH = /\bdocsearch\b|\bthemeConfig\b|provider:[ \t]*['"]algolia['"]|\b(?:contextualSearch|searchPagePath|externalUrlRegex|replaceSearchResultPathname)\b/i;
/** The index the widget searches, named beside the key. */
const INDEX_NAME = /\bindexName\b|\bindex_name\b/;
/** Algolia's API keys: 32 hexadecimal characters. */
const ALGOLIA_KEY = /^[0-9a-f]{32}$/;

/**
 * True when `value`, starting at `start` in `text`, is the search-only key of a DocSearch widget: an
 * Algolia-shaped key beside the index name, within a DocSearch or theme configuration, under a name
 * that says nothing of admin or write rights.
 */
export function isDocSearchKey(text: string, start: number, value: string): boolean {
  if (!ALGOLIA_KEY.test(value)) return false;
  const lineStart = lineStartNear(text, start, 400);
  if (/admin|write/i.test(text.slice(lineStart, start))) return false;
  if (!INDEX_NAME.test(text.slice(Math.max(0, start - 400), start + 400))) return false;
  return DOC_SEARCH.test(text.slice(Math.max(0, start - 600), start + 200));
}

/**
 * Chatwoot's website widget (`window.chatwootSDK.run({ websiteToken: '…', baseUrl })`): the website
 * inbox's token, which its embed snippet puts in every page that shows the chat.
 */
const CHATWOOT_RUN = /chatwootSDK[ \t]{0,4}\.[ \t]{0,4}run[ \t]{0,4}\([ \t]{0,4}\{[^}]{0,200}$/;

/** True when the value under `name`, starting at `start`, is a Chatwoot widget's website token. */
function isChatWidgetToken(text: string, start: number, name: string): boolean {
  return name === 'websiteToken' && CHATWOOT_RUN.test(text.slice(Math.max(0, start - 260), start));
}

/** A value under `name` at `start` that a web page publishes by design: a DocSearch key or a Chatwoot widget token. */
export function isPublishedOnPage(text: string, start: number, value: string, name: string): boolean {
  return isDocSearchKey(text, start, value) || isChatWidgetToken(text, start, name);
}
