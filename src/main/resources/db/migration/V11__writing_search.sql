-- Full-text search over written sections; the expression matches the one WritingSearch queries with.
create index section_text_search on section_text using gin (to_tsvector('english', body));
