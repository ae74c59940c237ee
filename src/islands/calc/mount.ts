/** Hydrates a server-rendered calculator with its props (called by src/scripts/hydrate-calculators.ts). */
import { h, hydrate, type ComponentType } from 'preact';

export type Mount = (el: HTMLElement, props: any) => void;

/** The returned function hydrates `el` and then marks it data-hydrated (tests and styles can wait for it). */
export function mountWith<P>(component: ComponentType<P>): Mount {
  return (el, props: P) => {
    hydrate(h(component as ComponentType<any>, props), el);
    el.dataset.hydrated = '';
  };
}
