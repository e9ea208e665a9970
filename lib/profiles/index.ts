export { listProfiles } from "./list-profiles";
export { getProfile } from "./get-profile";
export { createProfile } from "./create-profile";
export { updateProfile } from "./update-profile";
export { deleteProfile } from "./delete-profile";
export { setDefaultProfile } from "./set-default-profile";
export { testConnection } from "./test-connection";
export { profileModels } from "./profile-models";
