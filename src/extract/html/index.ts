export { decodeHtml, readHtmlLayout, readHtmlString } from './read-html.js';
