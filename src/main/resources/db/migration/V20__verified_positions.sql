-- Verified positions (company/, verification/): the companies moderators keep with the mail
-- domains that prove a position at them, and the codes mailed to prove one.

CREATE TABLE companies (
    id         uuid         PRIMARY KEY,
    name       varchar(100) NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now()
);

-- Names compare as positions' companies do, case-insensitively; the list pages in this order.
CREATE UNIQUE INDEX companies_name_key ON companies (lower(name));

-- A domain proves a position at one company only: it is the key.
CREATE TABLE company_domains (
    domain     varchar(253) PRIMARY KEY CHECK (domain = lower(domain)),
    company_id uuid         NOT NULL REFERENCES companies (id) ON DELETE CASCADE
);

CREATE INDEX company_domains_company_idx ON company_domains (company_id);

-- The proof of a verified position: which company domain received the code, and when it was
-- confirmed. The address itself is never stored.
ALTER TABLE positions
    ADD COLUMN verified_domain varchar(253),
    ADD COLUMN verified_at     timestamptz,
    ADD CONSTRAINT positions_verified_together CHECK ((verified_domain IS NULL) = (verified_at IS NULL));

-- The code mailed for a position, as a SHA-256 of position and code; a new request replaces it.
CREATE TABLE verification_codes (
    position_id   uuid         PRIMARY KEY REFERENCES positions (id) ON DELETE CASCADE,
    domain        varchar(253) NOT NULL,
    code_sha256   bytea        NOT NULL,
    attempts_left smallint     NOT NULL CHECK (attempts_left >= 0),
    expires_at    timestamptz  NOT NULL
);
