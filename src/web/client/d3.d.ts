// The few d3 module functions the UI uses (the @types packages are not installed).
declare module "d3-scale" {
  export interface ContinuousScale<D> { (v: D): number; domain(): D[]; domain(d: D[]): this; range(r: number[]): this; ticks(n?: number): D[]; nice(): this; invert(px: number): D }
  export function scaleUtc(): ContinuousScale<Date>;
  export function scaleLinear(): ContinuousScale<number>;
  export function scaleSqrt(): ContinuousScale<number>;
}
declare module "d3-time-format" {
  export function utcFormat(spec: string): (d: Date) => string;
}
declare module "d3-force" {
  export interface SimNode { x?: number; y?: number; vx?: number; vy?: number; fx?: number | null; fy?: number | null; index?: number }
  export interface Force { (alpha: number): void }
  export interface Simulation<N extends SimNode> { force(name: string, f: unknown): this; stop(): this; tick(n?: number): this; nodes(): N[]; alpha(a: number): this }
  export function forceSimulation<N extends SimNode>(nodes: N[]): Simulation<N>;
  export function forceLink<N, L>(links: L[]): { id(f: (n: N) => string): ReturnType<typeof forceLink<N, L>>; distance(d: number | ((l: L) => number)): ReturnType<typeof forceLink<N, L>>; strength(s: number): ReturnType<typeof forceLink<N, L>> };
  export function forceManyBody(): { strength(s: number): ReturnType<typeof forceManyBody> };
  export function forceCenter(x: number, y: number): Force;
  export function forceCollide(r: number | ((n: any) => number)): Force;
  export function forceX(x?: number): { strength(s: number): Force };
  export function forceY(y?: number): { strength(s: number): Force };
}
