-- Where the remote has a change request's branch (issue 21): each write pushes the branch, so that
-- every node can fetch the change from the remote; a change whose remote head lags its head is
-- pushed again by the node that holds its commits.
alter table change_request add column remote_head varchar(40);
