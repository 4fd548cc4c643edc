-- Deleting a section's text keeps it as a revision with the reason 'clear'; the bin lists the
-- sections whose latest revision is such a clear, and restoring brings back the text before it.
alter table section_revision drop constraint section_revision_reason_check;
alter table section_revision add constraint section_revision_reason_check
    check (reason in ('save', 'autosave', 'restore', 'clear'));

create index section_revision_latest on section_revision (section_id, number desc);
