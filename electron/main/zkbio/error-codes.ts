/**
 * Every server error code: the manual's appendix text (3.1) and the v1.2 extras from FIELD-NOTES, each
 * with a sentence a receptionist can act on. `manual` is kept verbatim so support can match it against
 * the server's own logs. `message` here is the English source; describeServerCode says it in the
 * current language.
 */
import { translateKey } from '../app/live-words'
export interface ServerCodeInfo {
  manual: string
  message: string
}

export const SERVER_ERROR_CODES: Readonly<Record<number, ServerCodeInfo>> = {
  [-1]: {
    manual: 'Program error',
    message:
      'The ZKBio server hit an internal error. Try again; if it keeps happening, ask the administrator to check the server.',
  },
  [-10]: {
    manual: 'The department number or name cannot be empty',
    message: 'A department needs both a number and a name.',
  },
  [-12]: {
    manual: 'The department name has already existed',
    message: 'A department with this name already exists.',
  },
  [-13]: {
    manual: 'The department number does not exist',
    message: 'No department with this number exists on the server.',
  },
  [-14]: {
    manual: 'Cannot be set as parent department',
    message: 'This department cannot be chosen as the parent department.',
  },
  [-15]: {
    manual: 'Cannot delete department',
    message: 'This department cannot be deleted (it may still have people or sub-departments).',
  },
  [-20]: { manual: 'Pin number cannot be empty', message: 'A person number (PIN) is required.' },
  [-22]: { manual: 'The person does not exist', message: 'No person with this number exists on the server.' },
  [-23]: {
    manual: 'The card number has been used',
    message: 'This card number is already assigned to someone else.',
  },
  [-24]: {
    manual: 'The level group does not exist',
    message: 'The chosen access level does not exist on the server.',
  },
  [-25]: { manual: 'No person under the access level', message: 'Nobody is assigned to this access level.' },
  [-26]: {
    manual: 'The password has been used',
    message: 'This device password is already used by someone else.',
  },
  [-27]: {
    manual: 'Invalid personnel photo',
    message: 'The photo was not accepted. Take a new, clear photo of the face.',
  },
  [-29]: { manual: 'PIN exception', message: 'The person number (PIN) is not valid.' },
  [-31]: {
    manual: 'The personnel fingerprint already existed!',
    message: 'This fingerprint is already enrolled for the person.',
  },
  [-32]: {
    manual: 'Input wrong validtype!',
    message: 'The fingerprint type is not valid (use normal or duress).',
  },
  [-33]: {
    manual: 'Fingerprint template index range is from 0-9!',
    message: 'The finger number must be between 0 and 9.',
  },
  [-34]: { manual: 'templateNo not existed!', message: 'No fingerprint is enrolled for this finger.' },
  [-40]: { manual: 'Authorize access failure', message: 'The access rights could not be given.' },
  [-41]: { manual: 'Delete access level failure', message: 'The access level could not be removed.' },
  [-42]: {
    manual: 'Personnel ID or access level id is null',
    message: 'Both a person and an access level are required.',
  },
  [-43]: { manual: 'Access level id can’t be null', message: 'An access level is required.' },
  [-44]: { manual: 'Door id can’t be null', message: 'No door was chosen.' },
  [-45]: {
    manual: 'Door open duration between 1~254 seconds.',
    message: 'The door can be opened for 1 to 254 seconds only.',
  },
  [-46]: { manual: 'Door name can’t be null', message: 'No door name was given.' },
  [-47]: {
    manual: 'Door doesn’t exist',
    message: 'This door does not exist on the server (it may have been removed).',
  },
  [-48]: { manual: 'Device serial number can’t be null', message: 'A device serial number is required.' },
  [-70]: { manual: 'Advertisement doesn’t exist', message: 'This media item does not exist on the server.' },
  [-71]: { manual: 'Didn’t support this format', message: 'This file format is not supported.' },
  [-80]: { manual: 'Area didn’t exist', message: 'This area does not exist on the server.' },
  [-81]: { manual: 'Pins not allowed to be null', message: 'At least one person number (PIN) is required.' },
  [-82]: {
    manual: 'Pins length not allowed over 500',
    message: 'Too many people at once: send at most 500 person numbers.',
  },
  [-83]: { manual: 'Area ID can’t be null', message: 'An area is required.' },
  [-90]: {
    manual: 'PageNo or pageSize cannot be set less than or equal to 0',
    message: 'The page number and page size must be at least 1.',
  },
  [-91]: {
    manual: 'PageSize is greater than 1000',
    message: 'At most 1000 records can be fetched per page.',
  },
  [-92]: {
    manual: 'PageSize and pageNo cannot be empty',
    message: 'The page number and page size are required.',
  },
  [-100]: {
    manual: 'Time format error',
    message: 'A date or time was not in the format the server expects.',
  },
  [-101]: {
    manual: 'Start time cannot be greater than end time',
    message: 'The start time must be before the end time.',
  },
  [-102]: { manual: 'Device does not exist', message: 'This device does not exist on the server.' },
  [-103]: {
    manual: 'Device is offline or disabled',
    message:
      'The device is offline or disabled, so the command could not be sent. Check its power and network.',
  },
  [-104]: {
    manual: 'Device does not support this feature',
    message: 'This device does not support this feature.',
  },
  [-105]: {
    manual: 'Synchronisation failed',
    message: 'The server could not synchronise the change to the device. Try again later.',
  },
  [-200]: { manual: 'SN is required', message: 'A device serial number is required.' },
  [-201]: { manual: 'Floor Id is required', message: 'No floor was chosen.' },
  [-202]: { manual: 'The door opening time is required', message: 'Say how long the door should stay open.' },
  [-203]: {
    manual: 'The door opening time needs to be greater than 0',
    message: 'The opening time must be at least 1 second.',
  },
  [-220]: { manual: 'Operation type error', message: 'The operation type is not valid.' },
  [-221]: {
    manual: 'Black and white list type error',
    message: 'The vehicle list type must be allow-list or block-list.',
  },
  [-222]: { manual: 'Time parameter error', message: 'The dates given are not valid.' },
  [-223]: { manual: 'Car license plate is incorrect', message: 'The licence plate is not valid.' },
  [-240]: {
    manual: 'Host(visitor) pin cannot be empty',
    message: 'Choose the person being visited (the host).',
  },
  [-241]: {
    manual: 'Visitor certificate type cannot be empty',
    message: 'Choose the type of the visitor’s ID document.',
  },
  [-242]: {
    manual: 'Visitor certificate number cannot be empty',
    message: 'Enter the number of the visitor’s ID document.',
  },
  [-243]: { manual: 'Visitor name cannot be empty', message: 'Enter the visitor’s name.' },
  [-244]: {
    manual: 'You have made a reservation',
    message: 'This visitor already has a reservation for that time.',
  },
  [-245]: {
    manual: 'No need to make a reservation during the visit',
    message: 'This visitor is already on site; no reservation is needed.',
  },
  [-246]: { manual: 'Visit reason cannot be empty', message: 'Enter the reason for the visit.' },
  [-247]: { manual: 'Visit date cannot be empty', message: 'Enter the visit date.' },
  [-248]: {
    manual: 'No eligible visitor reservation information',
    message: 'No matching reservation was found for this visitor and date.',
  },
  [-249]: { manual: 'Date format error', message: 'A date was not in the format the server expects.' },
  [-250]: { manual: 'Invalid certificate type', message: 'This ID document type is not accepted.' },
  [-251]: {
    manual: 'Please fill in the correct national ID number',
    message: 'The national ID number is not valid. Check it and try again.',
  },
  [-252]: { manual: 'Please fill in the correct date', message: 'Enter a valid date.' },
  [-253]: {
    manual: 'The employee does not exist',
    message: 'The person being visited does not exist on the server.',
  },
  [-254]: {
    manual: 'User in the block list',
    message: 'This visitor is on the block list and cannot be registered. Call security.',
  },
  [-255]: {
    manual: 'Registration has been completed. Please do not register again',
    message: 'This visitor is already registered and on site.',
  },
  [-256]: {
    manual: 'Visitor unregistered, cannot be sign-out',
    message: 'This visitor is not checked in, so they cannot be checked out.',
  },
  [-257]: {
    manual: 'Visitor information doesn’t exist',
    message: 'No visitor with these details exists on the server.',
  },
  [-258]: {
    manual: 'Visitor Number Count Must bigger than 0',
    message: 'The number of visitors must be at least 1.',
  },
  [-259]: {
    manual: 'The operation object is not selected',
    message: 'Nothing was selected for this operation.',
  },
  [-260]: {
    manual: 'The visited department info doesn’t exist',
    message: 'The department being visited does not exist on the server.',
  },
  [-261]: {
    manual: 'Contains special characters',
    message: 'A field contains characters the server does not accept.',
  },
  [-262]: {
    manual: 'The photo is not qualified.',
    message: 'The photo was not accepted. Take a new, clear photo of the face.',
  },
  [-263]: { manual: 'Reader ID cannot empty', message: 'A reader is required.' },
  [-264]: { manual: 'Did not exist this reader', message: 'This reader does not exist on the server.' },
  [-265]: {
    manual: 'The Open Gate Type cannot empty',
    message: 'Choose whether to open the gate for entry or exit.',
  },
  [-266]: {
    manual: 'Open Gate Type incorrect',
    message: 'The gate opening direction must be entry or exit.',
  },
  [-5001]: {
    manual: 'Picture resolution below 80,000 pixels',
    message: 'The photo is too small. Use a photo of at least 80,000 pixels (for example 320 x 250).',
  },
  [-5002]: {
    manual: 'No face detected',
    message: 'No face was found in the photo. Take a new photo facing the camera.',
  },
  [-5003]: {
    manual: 'Several faces detected',
    message: 'More than one face is in the photo. Take a photo of the visitor alone.',
  },
}

/** The code's manual text and its sentence in the current language (server.code.n<code>). */
export function describeServerCode(code: number): ServerCodeInfo | undefined {
  const info = SERVER_ERROR_CODES[code]
  return info && { manual: info.manual, message: translateKey(`server.code.n${-code}`) }
}
