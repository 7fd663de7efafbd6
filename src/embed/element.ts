// <momentum-explorer>: one live figure per element, its attributes being the URL parameters.
import { createElement, StrictMode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { ExplorerProvider } from '../state/context'
import type { DisplayOptions } from '../state/params'
import { createExplorerStore, paramsOf, type ExplorerStore } from '../state/store'
import { pageCatalog } from '../state/catalog'
import { openExplorer, openExplorerNow } from '../state/openExplorer'
import { PARAM_KEYS, serializeParams, type ParsedParams } from '../state/urlParams'
import { EmbedRoot } from './EmbedRoot'
import { adoptStyles } from './shadowStyles'

/** The tag name the bundle registers. */
export const ELEMENT_NAME = 'momentum-explorer'

/** The attribute values by URL parameter name; other attributes (class, id, style) are not ours. */
export function readAttributes(el: Element): Record<string, string> {
  const record: Record<string, string> = {}
  for (const name of PARAM_KEYS) {
    const value = el.getAttribute(name)
    if (value !== null) record[name] = value
  }
  return record
}

/**
 * The custom element. Each instance has its own store and React root inside an open shadow root,
 * so instances never share state and the host page's CSS neither reaches in nor is reached.
 * Attributes are live: a change reloads the figure's inputs (several changes in one task count
 * once). An element is always an embed, and never posts to a parent: it is not in a frame.
 */
export class MomentumExplorerElement extends HTMLElement {
  static readonly observedAttributes: readonly string[] = PARAM_KEYS
  /** Where "Open in Momentum Explorer" points: the folder the script came from (the site). */
  static siteUrl: string | null = null

  readonly #mount: HTMLDivElement
  #stopStyles: (() => void) | null = null
  #root: Root | null = null
  #store: ExplorerStore | null = null
  #loaded = '' // the query the store was last loaded from, so unrelated changes keep the reader's state
  #isQueued = false
  #opening = 0

  constructor() {
    super()
    const shadow = this.attachShadow({ mode: 'open' })
    this.#mount = document.createElement('div')
    this.#mount.className = 'me-shadow-root' // see shadowStyles.ts: nothing inherited gets past it
    shadow.append(this.#mount)
  }

  /** This figure's store, for scripts that want to read or drive it. */
  get store(): ExplorerStore | null {
    return this.#store
  }

  connectedCallback(): void {
    this.#stopStyles ??= adoptStyles(this.shadowRoot!)
    this.#update()
  }

  disconnectedCallback(): void {
    this.#root?.unmount() // frees React's listeners and the playback loop
    this.#root = null
    this.#stopStyles?.() // a removed element no longer follows new stylesheets
    this.#stopStyles = null
  }

  attributeChangedCallback(): void {
    if (!this.isConnected || this.#isQueued) return // until connected, connectedCallback reads all
    this.#isQueued = true
    queueMicrotask(() => {
      this.#isQueued = false
      if (this.isConnected) this.#update()
    })
  }

  #update(): void {
    const attributes = readAttributes(this)
    const opening = ++this.#opening // a later update makes this one's answer stale
    const parsed = openExplorerNow(attributes, pageCatalog)
    if (parsed) return this.#show(parsed)
    // A model surface or custom expression: shown once its code is loaded. Until then a first
    // figure says so; a later one keeps the previous figure, as the React component does.
    if (!this.#root) {
      this.#root = createRoot(this.#mount)
      this.#root.render(createElement('p', LOADING, 'Loading the figure…'))
    }
    void openExplorer(attributes, pageCatalog).then(
      (opened) => this.isConnected && opening === this.#opening && this.#show(opened),
    )
  }

  #show(parsed: ParsedParams): void {
    const query = serializeParams(parsed.params)
    if (!this.#store) this.#store = createExplorerStore(parsed.params, pageCatalog)
    else if (query !== this.#loaded) this.#store.getState().load(parsed.params)
    this.#loaded = query
    const store = this.#store
    const { controls, story } = parsed.display
    const display: DisplayOptions = { embed: true, controls, ...(story && { story }) }
    const site = MomentumExplorerElement.siteUrl
    const fullPageUrl = site ? () => `${site}?${serializeParams(paramsOf(store.getState()))}` : null
    this.#root ??= createRoot(this.#mount)
    const figure = createElement(EmbedRoot, { display, notices: parsed.notices, fullPageUrl })
    this.#root.render(
      createElement(StrictMode, null, createElement(ExplorerProvider, { store, children: figure })),
    )
  }
}

const LOADING = { className: 'me-embed-loading', role: 'status' }

/** Registers <momentum-explorer> once (a second bundle on the page is harmless). */
export function defineMomentumExplorer(siteUrl: string | null = null): void {
  MomentumExplorerElement.siteUrl = siteUrl
  if (!customElements.get(ELEMENT_NAME))
    customElements.define(ELEMENT_NAME, MomentumExplorerElement)
}
