-- Full-text search over evidence; the expression matches the one EvidenceSearch queries with.
create index evidence_item_search on evidence_item using gin (
    to_tsvector('english', title || ' ' || description || ' ' || reflection));
