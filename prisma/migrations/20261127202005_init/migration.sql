-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('PERSON', 'ORGANIZATION', 'LOCATION', 'GROUP');

-- CreateEnum
CREATE TYPE "MentionKind" AS ENUM ('NAME', 'TITLE', 'PRONOUN', 'NOMINAL');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('DIRECT', 'INDIRECT', 'MIXED');

-- CreateEnum
CREATE TYPE "TimexType" AS ENUM ('DATE', 'TIME', 'DURATION', 'SET');

-- CreateEnum
CREATE TYPE "Precision" AS ENUM ('TIME', 'DAY', 'WEEK', 'MONTH', 'QUARTER', 'SEASON', 'YEAR', 'DECADE', 'CENTURY');

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "title" TEXT,
    "source" TEXT,
    "url" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "ingestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "search" tsvector,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "title" TEXT,
    "affiliation" TEXT,
    "aliases" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "MentionKind" NOT NULL,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "speakerId" INTEGER,
    "sourceMentionId" INTEGER,
    "kind" "StatementKind" NOT NULL,
    "text" TEXT NOT NULL,
    "contentStart" INTEGER NOT NULL,
    "contentEnd" INTEGER NOT NULL,
    "contentSegments" JSONB NOT NULL,
    "cue" TEXT,
    "cueStart" INTEGER,
    "cueEnd" INTEGER,
    "sourceText" TEXT,
    "sourceStart" INTEGER,
    "sourceEnd" INTEGER,
    "timeExpressionId" INTEGER,
    "dateStart" DATE,
    "dateEnd" DATE,
    "search" tsvector,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimeExpression" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "type" "TimexType" NOT NULL,
    "value" TEXT NOT NULL,
    "rangeStart" DATE,
    "rangeEnd" DATE,
    "precision" "Precision",

    CONSTRAINT "TimeExpression_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "rangeStart" DATE,
    "rangeEnd" DATE,
    "precision" "Precision",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventMention" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "trigger" TEXT NOT NULL,
    "triggerStart" INTEGER NOT NULL,
    "triggerEnd" INTEGER NOT NULL,
    "timeExpressionId" INTEGER,

    CONSTRAINT "EventMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "eventMentionId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Article_ingestedAt_id_idx" ON "Article"("ingestedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Actor_name_idx" ON "Actor"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_normalizedName_kind_key" ON "Actor"("normalizedName", "kind");

-- CreateIndex
CREATE INDEX "Mention_actorId_articleId_start_idx" ON "Mention"("actorId", "articleId", "start");

-- CreateIndex
CREATE INDEX "Mention_articleId_start_idx" ON "Mention"("articleId", "start");

-- CreateIndex
CREATE INDEX "Statement_speakerId_dateStart_id_idx" ON "Statement"("speakerId", "dateStart", "id");

-- CreateIndex
CREATE INDEX "Statement_articleId_contentStart_idx" ON "Statement"("articleId", "contentStart");

-- CreateIndex
CREATE INDEX "Statement_dateStart_id_idx" ON "Statement"("dateStart", "id");

-- CreateIndex
CREATE INDEX "Statement_kind_id_idx" ON "Statement"("kind", "id");

-- CreateIndex
CREATE INDEX "Statement_search_idx" ON "Statement" USING GIN ("search");

-- CreateIndex
CREATE INDEX "TimeExpression_articleId_start_idx" ON "TimeExpression"("articleId", "start");

-- CreateIndex
CREATE INDEX "Event_type_rangeStart_idx" ON "Event"("type", "rangeStart");

-- CreateIndex
CREATE INDEX "Event_rangeStart_id_idx" ON "Event"("rangeStart", "id");

-- CreateIndex
CREATE INDEX "EventMention_eventId_idx" ON "EventMention"("eventId");

-- CreateIndex
CREATE INDEX "EventMention_articleId_triggerStart_idx" ON "EventMention"("articleId", "triggerStart");

-- CreateIndex
CREATE INDEX "EventParticipant_actorId_eventId_idx" ON "EventParticipant"("actorId", "eventId");

-- CreateIndex
CREATE INDEX "EventParticipant_eventId_idx" ON "EventParticipant"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "EventParticipant_eventMentionId_actorId_role_key" ON "EventParticipant"("eventMentionId", "actorId", "role");

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_sourceMentionId_fkey" FOREIGN KEY ("sourceMentionId") REFERENCES "Mention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_timeExpressionId_fkey" FOREIGN KEY ("timeExpressionId") REFERENCES "TimeExpression"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeExpression" ADD CONSTRAINT "TimeExpression_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMention" ADD CONSTRAINT "EventMention_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMention" ADD CONSTRAINT "EventMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMention" ADD CONSTRAINT "EventMention_timeExpressionId_fkey" FOREIGN KEY ("timeExpressionId") REFERENCES "TimeExpression"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventMentionId_fkey" FOREIGN KEY ("eventMentionId") REFERENCES "EventMention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
