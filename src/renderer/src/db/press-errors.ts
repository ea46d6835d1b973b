// Why a change to a press release was refused; screens tell the writer in their language.

/** The text was saved from another window since this one loaded it. */
export class PressConflictError extends Error {
  constructor() {
    super('press-conflict')
    this.name = 'PressConflictError'
  }
}

/** The release is approved: its text is locked until it is reopened. */
export class PressLockedError extends Error {
  constructor() {
    super('press-locked')
    this.name = 'PressLockedError'
  }
}

export class PressNotFoundError extends Error {
  constructor() {
    super('press-not-found')
    this.name = 'PressNotFoundError'
  }
}
