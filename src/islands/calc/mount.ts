/** Hydrates a server-rendered calculator with its props (called by src/scripts/hydrate-calculators.ts). */
import { h, hydrate, type ComponentType } from 'preact';

export type Mount = (el: HTMLElement, props: any) => void;

export function mountWith<P>(component: ComponentType<P>): Mount {
  return (el, props: P) => hydrate(h(component as ComponentType<any>, props), el);
}
