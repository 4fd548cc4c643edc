-- Full-text search over goals; the expression matches the one GoalSearch queries with.
create index goal_search on goal using gin (
    to_tsvector('english', title || ' ' || reason || ' ' || actions || ' ' || outcome));
