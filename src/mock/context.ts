import type { World } from './world';

/** What a route handler gets: the world, the request's URL and body text, the path id and the mock's address. */
export interface RouteContext {
  world: World;
  url: URL;
  /** The `:id` path segment, already decoded. */
  id: string;
  bodyText: string;
  /** Origin plus prefix (`http://localhost/api/sixtyseconds`): where this mock was reached. */
  base: string;
}

/** Answers one documented endpoint. */
export type RouteHandler = (context: RouteContext) => Response;
