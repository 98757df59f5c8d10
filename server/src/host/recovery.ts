/**
 * Repairs after a process died in the middle of a migration: the journal
 * then holds a `NAME--migratedaway` source and a `NAME--incoming` target
 * whose owner pid is gone. The move never committed, so the guest goes back
 * to running on the source, like a failed migration.
 */
import { processAlive } from './lock';
import { settled, type DomainRecord, type JournalRecord, type MigrationMark } from './model';
import type { ClusterState } from './state';
import { MIGRATEDAWAY_SUFFIX } from './migrate-domain';

function abandoned(mark: MigrationMark | undefined): boolean {
  return mark !== undefined && mark.ownerPid !== process.pid && !processAlive(mark.ownerPid);
}

export function recoverInterruptedMigrations(state: ClusterState): JournalRecord[] {
  const records: JournalRecord[] = [];
  for (const domain of state.domains.values()) {
    if (!abandoned(domain.migration)) continue;
    if (domain.migration!.role === 'target') {
      records.push({ t: 'del-domain', id: domain.id });
    } else {
      const name = domain.name.endsWith(MIGRATEDAWAY_SUFFIX) ? domain.name.slice(0, -MIGRATEDAWAY_SUFFIX.length) : domain.name;
      const restored = settled<DomainRecord>({ ...domain, name, state: domain.state === 'dying' ? 'dying' : 'running' });
      records.push({ t: 'put-domain', domain: restored });
    }
  }
  for (const container of state.containers.values()) {
    if (!abandoned(container.migration)) continue;
    const restored = settled(container);
    records.push({ t: 'put-container', container: restored });
  }
  return records;
}
