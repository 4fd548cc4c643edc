-- An invitation's notification follows its invitation: it names the invitation, knows when the link
-- expires, and records how the invitation ended (accepted, declined, revoked, or replaced by a new
-- link's notification). Once ended or expired it is neither listed nor counted.
alter table notification add column invitation_id bigint;
alter table notification add column invitation_expires_at timestamp with time zone;
alter table notification add column invitation_ended varchar(20);

-- Notifications from before: the invitation is the one for the same portfolio, role and invitee
-- that was made last before the notification; its link expired a fortnight after the notification
-- at the latest. One whose invitation cannot be found just waits for that.
update notification n
set invitation_id = (select i.id from invitation i join account a on lower(a.email) = i.email
                     where a.id = n.recipient_id and i.portfolio_id = n.portfolio_id and i.role = n.role
                       and i.created_at <= n.created_at
                     order by i.created_at desc, i.id desc limit 1),
    invitation_expires_at = n.created_at + interval '14 days'
where n.kind = 'INVITED';

update notification n
set invitation_ended = (select i.state from invitation i where i.id = n.invitation_id and i.state <> 'OPEN')
where n.kind = 'INVITED';

create index notification_invitation on notification (invitation_id) where invitation_id is not null;
