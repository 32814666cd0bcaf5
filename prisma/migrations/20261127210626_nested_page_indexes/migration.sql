-- CreateIndex
CREATE INDEX "Mention_actorId_id_idx" ON "Mention"("actorId", "id");

-- CreateIndex
CREATE INDEX "Statement_speakerId_id_idx" ON "Statement"("speakerId", "id");
