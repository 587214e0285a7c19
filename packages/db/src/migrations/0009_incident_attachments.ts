import type { Kysely } from 'kysely';

// Frozen in time. Evidence attached to an incident report: photos, videos and PDFs. The bytes
// live in files under the data folder (named by `storage_key`, never by the sender's file name);
// the row holds what the file is and the SHA-256 of the bytes stored, so a copy handed to a
// lawyer later can be checked against it.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('incident_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) =>
      c.notNull().references('incidents.id').onDelete('cascade'),
    )
    // photo | video | pdf
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    // Lower-case hex, of the bytes stored (after the metadata was stripped).
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    // An upload retried from a phone with a bad connection is one attachment.
    .addUniqueConstraint('incident_attachments_incident_key', ['incident_id', 'idempotency_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('incident_attachments').execute();
}
