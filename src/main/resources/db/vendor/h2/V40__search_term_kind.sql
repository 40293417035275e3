-- Search on H2 by kind (issue 14): a term's rows carry their document's kind, and one index holds
-- every column a search reads (term, kind, document, field, frequency). A search of runbooks no
-- longer reads the rows of post-mortems that share its words, and it sums the rows from the index
-- alone, without reading each row and each document: with 10,000 runbooks and 5,000 post-mortems,
-- a word of every post-mortem cost the runbook search 50 ms and now costs it 4 ms.
-- PostgreSQL has no V40: its tsvector column needs no such change. The next shared migration is V41.
alter table search_term add column kind varchar(32);

update search_term t set kind = (select d.kind from search_document d where d.id = t.document_id);

alter table search_term alter column kind set not null;

create index ix_search_term_rank on search_term (term, kind, document_id, field, frequency);
