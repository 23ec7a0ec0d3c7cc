-- How many users share an anonymous headline (post/AnonymousHeadlines): current positions by title and stage.
CREATE INDEX positions_current_title_idx ON positions (lower(title), lower(company_stage)) WHERE end_date IS NULL;
