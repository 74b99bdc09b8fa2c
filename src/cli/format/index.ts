export { renderText } from "./text";
export { renderJson } from "./json";
export { renderHtml, escapeHtml } from "./html";
