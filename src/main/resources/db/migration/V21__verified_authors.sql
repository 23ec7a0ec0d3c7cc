-- Whether the author's current position was verified when the post was written (post/AuthorSnapshot):
-- frozen with the rest of the byline, shown on anonymous posts too, filtered with ?verified=true.
ALTER TABLE questions ADD COLUMN author_verified boolean NOT NULL DEFAULT false;
ALTER TABLE answers ADD COLUMN author_verified boolean NOT NULL DEFAULT false;
ALTER TABLE comments ADD COLUMN author_verified boolean NOT NULL DEFAULT false;
