import type { SiteMigration } from './site-schema'

/**
 * The site core's PostgreSQL schema (versions 1-99; see site-schema.ts).
 *
 * - `site_meta`: the site's identity (a random id made once), so a station pointed at another site
 *   database starts its catch-up from the beginning instead of from the old site's sequence number.
 * - `site_records`: every shared record of every kind (visit, reservation, pending registration, audit
 *   entry, and the kinds the guard declares), one row per (kind, id), the record's columns as JSON.
 *   `seq` is renumbered on every insert and update under a transaction-level advisory lock, so seq
 *   order is commit order and a station reading `seq > last_seen` never skips a row committed late.
 *   A trigger NOTIFYs `site_records` on every change; stations LISTEN and catch up by seq.
 * - `site_stations`: every station (a random id per installation), its name, role and heartbeat.
 * - `site_leaders`: the guard's poller per ZKBio server profile (written by the guard's leader
 *   election; the station status only reads it).
 */
export const siteCoreMigrations: SiteMigration[] = [
  {
    version: 1,
    name: 'shared records, stations, leaders',
    async up(client) {
      await client.query(`
        CREATE TABLE site_meta (key text PRIMARY KEY, value text NOT NULL);
        INSERT INTO site_meta (key, value) VALUES ('site_id', gen_random_uuid()::text);

        CREATE SEQUENCE site_records_seq;
        CREATE TABLE site_records (
          kind text NOT NULL,
          id text NOT NULL,
          origin text NOT NULL,
          station text NOT NULL,
          updated_at timestamptz NOT NULL,
          deleted boolean NOT NULL DEFAULT false,
          data jsonb NOT NULL,
          seq bigint NOT NULL DEFAULT 0,
          PRIMARY KEY (kind, id)
        );
        CREATE INDEX site_records_seq_idx ON site_records (seq);

        CREATE FUNCTION site_records_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          -- One writer at a time takes a number, released at commit: seq order = commit order.
          PERFORM pg_advisory_xact_lock(7202614);
          NEW.seq := nextval('site_records_seq');
          RETURN NEW;
        END $$;
        CREATE TRIGGER site_records_stamp BEFORE INSERT OR UPDATE ON site_records
          FOR EACH ROW EXECUTE FUNCTION site_records_stamp();

        CREATE FUNCTION site_records_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('site_records', NEW.kind || ':' || NEW.seq);
          RETURN NULL;
        END $$;
        CREATE TRIGGER site_records_notify AFTER INSERT OR UPDATE ON site_records
          FOR EACH ROW EXECUTE FUNCTION site_records_notify();

        CREATE TABLE site_stations (
          uid text PRIMARY KEY,
          name text NOT NULL,
          role text NOT NULL CHECK (role IN ('reception','guard','both')),
          app_version text NOT NULL,
          schema_version integer NOT NULL,
          started_at timestamptz NOT NULL,
          last_seen timestamptz NOT NULL
        );

        CREATE TABLE site_leaders (
          profile_key text PRIMARY KEY,
          station text NOT NULL,
          lease_until timestamptz NOT NULL
        );
      `)
    },
  },
]
