import type { StaffMember } from "../../domain/staff.js";
import { t } from "../i18n.js";
import { html, joinHtml } from "../render/html.js";
import type { RenderContext } from "./render-context.js";
import type { View } from "./view.js";

/** "@dana (id 2002)" or "id 2002": how staff are named to staff. */
export function staffName(m: { userId: number; username: string | null }): string {
  return m.username ? `@${m.username} (id ${m.userId})` : `id ${m.userId}`;
}

/** /staff: owners, then editors; owners also see how to change it. */
export function staffListView(rc: RenderContext, members: readonly StaffMember[], viewerIsOwner: boolean): View {
  const lines = [t(rc, "staff-header"), ...members.map((m) => t(rc, "staff-line", { who: staffName(m), role: m.role }))];
  if (viewerIsOwner) lines.push(html``, t(rc, "staff-usage"));
  return { text: joinHtml(lines, "\n") };
}
