CREATE TABLE topics (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug           varchar(50)  NOT NULL,
    name           varchar(80)  NOT NULL,
    description    varchar(500) NOT NULL,
    question_count integer      NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT topics_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT topics_question_count_not_negative CHECK (question_count >= 0)
);

CREATE UNIQUE INDEX topics_slug_key ON topics (slug);
CREATE INDEX topics_name_idx ON topics (lower(name), slug);

INSERT INTO topics (slug, name, description) VALUES
('startups', 'Startups',
 'Joining, building and growing at early-stage companies: equity, risk, pace and what changes as a company scales.'),
('career-growth', 'Career Growth',
 'Getting to the next level: scope, impact, promotions and the habits that compound over a career.'),
('engineering-management', 'Engineering Management',
 'Leading teams: the manager track, people growth, hiring and how managers and tech leads share the work.'),
('tech-leadership', 'Tech Leadership',
 'Technical direction without the org chart: tech leads, staff engineers, design reviews and influence.'),
('interviewing', 'Interviewing',
 'Preparing for and running interviews: coding rounds, system design, behavioural questions and offers.'),
('compensation', 'Compensation',
 'Salary, equity, levels and negotiation: understanding an offer and what it is worth.'),
('big-tech', 'Big Tech',
 'Working at large technology companies: performance reviews, levels, internal mobility and navigating scale.'),
('job-search', 'Job Search',
 'Finding the next role: resumes, referrals, recruiters and choosing between offers.'),
('productivity', 'Productivity',
 'Getting the right things done: focus, prioritisation, meetings and working with less friction.'),
('communication', 'Communication',
 'Writing, presenting and aligning people: design docs, feedback and hard conversations.');
