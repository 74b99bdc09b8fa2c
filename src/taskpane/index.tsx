import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { pickLocale } from "./i18n";
import { themeFor } from "./theme";

/* global document, Office */

const rootElement = document.getElementById("container");

function render(hostMissing: boolean) {
  if (!rootElement) return;
  const context = typeof Office === "undefined" ? undefined : Office.context;
  const locale = pickLocale(context?.displayLanguage ?? (typeof navigator === "undefined" ? undefined : navigator.language));
  document.documentElement.lang = locale;
  createRoot(rootElement).render(<App locale={locale} theme={themeFor(context?.officeTheme)} hostMissing={hostMissing} />);
}

if (typeof Office === "undefined") {
  // office.js did not load (no network to Microsoft's CDN): show the pane and say Excel is missing.
  render(true);
} else {
  Office.onReady((info) => render(info.host !== Office.HostType.Excel));
}
