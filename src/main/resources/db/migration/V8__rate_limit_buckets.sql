-- Token buckets of the rate limits, shared by every instance (bucket4j's SELECT ... FOR UPDATE
-- store). The key is text: bucket4j's advisory-lock store only takes numeric keys (issue #400).
-- bucket4j writes only id and state; touched_at, kept by the trigger, tells the cleanup job which
-- buckets nobody used for longer than a refill period (they are full again, so deleting them
-- changes nothing). No index on it: the job scans the table every few minutes, while an index
-- would make every bucket update a non-HOT one. The fill factor leaves room for HOT updates.
CREATE TABLE rate_limit_buckets (
    id         text PRIMARY KEY,
    state      bytea,
    touched_at timestamptz NOT NULL DEFAULT now()
) WITH (fillfactor = 70);

CREATE FUNCTION rate_limit_buckets_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.touched_at := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER rate_limit_buckets_touch BEFORE UPDATE ON rate_limit_buckets
    FOR EACH ROW EXECUTE FUNCTION rate_limit_buckets_touch();
