CREATE TABLE positions (
    id            uuid         PRIMARY KEY,
    user_id       uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    company       varchar(100) NOT NULL,
    title         varchar(100) NOT NULL,
    level         varchar(50),
    company_stage varchar(50),
    -- Year-month precision, as on a CV: always the first day of the month.
    start_date    date         NOT NULL,
    end_date      date,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT positions_start_is_month CHECK (extract(day FROM start_date) = 1),
    CONSTRAINT positions_end_is_month CHECK (end_date IS NULL OR extract(day FROM end_date) = 1),
    CONSTRAINT positions_end_not_before_start CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE INDEX positions_user_idx ON positions (user_id);
-- One current position per company: a second one is an edit of the first, not a new job.
CREATE UNIQUE INDEX positions_one_current_per_company ON positions (user_id, lower(company)) WHERE end_date IS NULL;
