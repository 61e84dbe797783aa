// The small slice of the DOM the extractor uses, typed without the DOM lib (linkedom provides it).
import { DOMParser } from "linkedom";

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  remove(): void;
  insertBefore(node: DomNode, ref: DomNode | null): DomNode;
}

export interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  parentElement: DomElement | null;
  nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
  querySelector(sel: string): DomElement | null;
  cloneNode(deep: boolean): DomElement;
  innerHTML: string;
  hasAttribute(name: string): boolean;
  contains(other: DomNode | null): boolean;
}

export interface DomDocument {
  documentElement: DomElement | null;
  head: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
  querySelector(sel: string): DomElement | null;
  createElement(tag: string): DomElement;
}

export const ELEMENT = 1;
export const TEXT = 3;

export function parseDocument(html: string): DomDocument {
  const doc = new DOMParser().parseFromString(html, "text/html") as unknown as DomDocument;
  // linkedom leaves documentElement null for markup without a root element; wrap such fragments.
  if (doc.documentElement) return doc;
  return new DOMParser().parseFromString(`<html><body>${html}</body></html>`, "text/html") as unknown as DomDocument;
}

export const isElement = (n: DomNode): n is DomElement => n.nodeType === ELEMENT;

export function tagOf(n: DomNode): string {
  return n.nodeType === ELEMENT ? (n as DomElement).tagName.toLowerCase() : "";
}

export function attr(el: DomElement, name: string): string {
  return el.getAttribute(name) ?? "";
}

export function all(root: DomDocument | DomElement, sel: string): DomElement[] {
  try {
    return Array.from(root.querySelectorAll(sel));
  } catch {
    return [];
  }
}
