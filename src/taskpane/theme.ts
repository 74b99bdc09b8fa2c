import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** Relative luminance (0 black … 1 white) of a CSS hex colour such as "#1f1f1f"; null if unreadable. */
export function luminance(hex: string | undefined | null): number | null {
  const m = hex ? /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.trim()) : null;
  if (!m) return null;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The Fluent theme matching Office's: dark when the Office theme's body background is dark. */
export function themeFor(officeTheme: { bodyBackgroundColor?: string } | undefined | null): Theme {
  const l = luminance(officeTheme?.bodyBackgroundColor);
  return l !== null && l < 0.2 ? webDarkTheme : webLightTheme;
}
