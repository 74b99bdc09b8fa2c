import { Caption1, makeStyles, mergeClasses, Text, tokens, Tree, TreeItem, TreeItemLayout, CounterBadge } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import * as React from "react";
import type { Severity } from "../../core/findings";
import type { FindingItem, SeverityGroup } from "../findings-view";
import type { Translate } from "../i18n";

const useStyles = makeStyles({
  // The list scrolls on its own so the selected finding's card and the summary stay in reach.
  scroller: { maxHeight: "55vh", overflowY: "auto", overflowX: "hidden" },
  leaf: { alignItems: "flex-start" },
  leafMain: { display: "flex", flexDirection: "column", minWidth: 0, whiteSpace: "normal", overflowWrap: "anywhere", paddingBlock: tokens.spacingVerticalXXS },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  explained: { color: tokens.colorPaletteGreenForeground1 },
});

export interface FindingsTreeProps {
  t: Translate;
  groups: SeverityGroup[];
  activeId: string | null;
  onSelect: (item: FindingItem) => void;
  /** Findings shown per category before a "show more" row; a large sheet can have thousands. */
  pageSize?: number;
}

function catKey(severity: Severity, category: string | null): string {
  return `cat:${severity}:${category ?? "\u0000"}`;
}

function SeverityIcon({ severity, explained }: { severity: Severity; explained: boolean }) {
  const s = useStyles();
  if (explained) return <CheckmarkCircle16Filled className={s.explained} aria-hidden />;
  if (severity === "error") return <ErrorCircle16Filled className={s.error} aria-hidden />;
  if (severity === "warning") return <Warning16Filled className={s.warning} aria-hidden />;
  return <Info16Filled className={s.info} aria-hidden />;
}

/**
 * The findings grouped by severity and category (Fluent's Tree: arrow keys move, Enter or a click
 * on a finding selects its cell on the sheet).
 */
export function FindingsTree({ t, groups, activeId, onSelect, pageSize = 100 }: FindingsTreeProps) {
  const s = useStyles();
  // How many findings each category shows (rendering thousands of tree items would stall the pane).
  const [shown, setShown] = React.useState<Record<string, number>>({});
  const branches = groups.flatMap((g) => [`sev:${g.severity}`, ...g.categories.map((c) => catKey(g.severity, c.category))]);
  const [openItems, setOpenItems] = React.useState<Set<string>>(() => new Set(branches));
  // Groups that appear after a new check start open.
  const known = React.useRef(new Set(branches));
  React.useEffect(() => {
    const fresh = branches.filter((b) => !known.current.has(b));
    if (fresh.length === 0) return;
    fresh.forEach((b) => known.current.add(b));
    setOpenItems((prev) => new Set([...prev, ...fresh]));
  });

  return (
    <div className={s.scroller}>
    <Tree
      aria-label={t("findings.label")}
      openItems={openItems}
      onOpenChange={(_, d) => setOpenItems(new Set([...d.openItems].map(String)))}
      data-testid="findings-tree"
    >
      {groups.map((g) => (
        <TreeItem key={g.severity} itemType="branch" value={`sev:${g.severity}`}>
          <TreeItemLayout iconBefore={<SeverityIcon severity={g.severity} explained={false} />} aside={<CounterBadge count={g.count} size="small" color="informative" overflowCount={9999} />}>
            {t(`severity.${g.severity}`)}
          </TreeItemLayout>
          <Tree>
            {g.categories.map((c) => {
              const key = catKey(g.severity, c.category);
              const limit = shown[key] ?? pageSize;
              const rest = c.items.length - limit;
              return (
              <TreeItem key={key} itemType="branch" value={key}>
                <TreeItemLayout aside={<CounterBadge count={c.items.length} size="small" appearance="ghost" overflowCount={9999} />}>
                  {c.category === null ? t("findings.structure") : c.category || t("findings.uncategorized")}
                </TreeItemLayout>
                <Tree>
                  {c.items.slice(0, limit).map((it) => (
                    <TreeItem
                      key={it.id}
                      itemType="leaf"
                      value={it.id}
                      aria-current={it.id === activeId ? "true" : undefined}
                      data-finding-code={it.finding.code}
                      data-cell={it.finding.cell ?? ""}
                      onClick={() => onSelect(it)}
                    >
                      <TreeItemLayout
                        className={mergeClasses(s.leaf, it.id === activeId && s.active)}
                        iconBefore={<SeverityIcon severity={it.finding.severity} explained={!!it.finding.explanation} />}
                      >
                        <span className={s.leafMain}>
                          <Text size={200}>
                            <span className={s.cell}>{it.finding.cell ?? t("findings.noCell")}</span>
                            {it.finding.indicator ?? it.finding.column ?? ""}
                          </Text>
                          <Caption1>{it.finding.message}</Caption1>
                          {it.finding.explanation && <Caption1 className={s.explained}>{t("findings.explained", { text: it.finding.explanation })}</Caption1>}
                        </span>
                      </TreeItemLayout>
                    </TreeItem>
                  ))}
                  {rest > 0 && (
                    <TreeItem itemType="leaf" value={`more:${key}`} data-testid="show-more" onClick={() => setShown((prev) => ({ ...prev, [key]: limit + pageSize }))}>
                      <TreeItemLayout>
                        <Caption1>{t("findings.more", { count: Math.min(pageSize, rest), rest })}</Caption1>
                      </TreeItemLayout>
                    </TreeItem>
                  )}
                </Tree>
              </TreeItem>
              );
            })}
          </Tree>
        </TreeItem>
      ))}
    </Tree>
    </div>
  );
}
