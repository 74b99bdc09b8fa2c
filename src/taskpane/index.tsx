import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { pickLocale } from "./i18n";
import { themeFor } from "./theme";

/* global document, Office */

const rootElement = document.getElementById("container");

Office.onReady((info) => {
  if (!rootElement) return;
  const context = Office.context;
  const locale = pickLocale(context?.displayLanguage);
  document.documentElement.lang = locale;
  createRoot(rootElement).render(<App locale={locale} theme={themeFor(context?.officeTheme)} hostMissing={info.host !== Office.HostType.Excel} />);
});
