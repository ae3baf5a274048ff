import { eq, ne } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import { auditLog, staff, staffRole as staffRoleEnum } from "../db/schema.js";

export type StaffRole = (typeof staffRoleEnum.enumValues)[number];

export async function staffRole(db: Db, userId: number): Promise<StaffRole | null> {
  if (!Number.isSafeInteger(userId)) return null;
  const [row] = await db.select({ role: staff.role }).from(staff).where(eq(staff.userId, userId)).limit(1);
  return row?.role ?? null;
}

export async function isStaff(db: Db, userId: number): Promise<boolean> {
  return (await staffRole(db, userId)) !== null;
}

/**
 * Makes the configured owners owners (adding or promoting them, with an audit row each). Owners
 * missing from the list are left alone: an empty or mistyped BOT_OWNER_IDS must not lock
 * everyone out.
 */
export async function ensureOwners(db: Db, ownerIds: number[]): Promise<void> {
  const ids = [...new Set(ownerIds)].filter((id) => Number.isSafeInteger(id) && id > 0);
  if (ids.length === 0) return;
  await db.transaction(async (tx) => {
    const changed = await tx
      .insert(staff)
      .values(ids.map((userId) => ({ userId, role: "owner" as const })))
      .onConflictDoUpdate({ target: staff.userId, set: { role: "owner" }, setWhere: ne(staff.role, "owner") })
      .returning({ userId: staff.userId });
    if (changed.length === 0) return;
    await tx.insert(auditLog).values(
      changed.map(({ userId }) => ({
        actorId: null,
        action: "staff.owner",
        entity: "staff",
        entityId: String(userId),
        payload: { source: "BOT_OWNER_IDS" },
      })),
    );
  });
}
