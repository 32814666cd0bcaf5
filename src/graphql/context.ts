import type { Db } from '../db/client';
import type { Loaders } from './loaders';
import type { LiveFeed } from './live-feed';

export interface Auth {
  /** May write (admin token). */
  admin: boolean;
}

export interface Context {
  db: Db;
  loaders: Loaders;
  auth: Auth;
  feed: LiveFeed;
}
