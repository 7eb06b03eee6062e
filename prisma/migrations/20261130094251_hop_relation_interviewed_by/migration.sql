-- An interview as a hop of its own: the teller was interviewed by the receiver (docs/PROVENANCE.md).
-- Only an editor or an annotation states it; no default, suggestion or import picks it, and it
-- raises neither directness nor confidence (those come from first-hand and the hop's value).
ALTER TYPE "HopRelation" ADD VALUE 'INTERVIEWED_BY' AFTER 'SAID_TO';
